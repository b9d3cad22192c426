"""`make bench`: build times (cold, warm, bare Material), download sizes, readability per page.

Figures are printed as Markdown tables, to be written down (README, closing notes);
nothing here passes or fails.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kernwijzer.benchmark import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent.parent))
