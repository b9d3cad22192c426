"""`make build`: a strict build into a temporary folder, swapped into site/ only on success."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    target, fresh, old = ROOT / "site", ROOT / ".site-new", ROOT / ".site-old"
    shutil.rmtree(fresh, ignore_errors=True)
    mkdocs = Path(sys.executable).parent / "mkdocs"
    # Never -q: it would hide the warnings that --strict turns into errors.
    result = subprocess.run([str(mkdocs), "build", "--strict", "--site-dir", str(fresh)],
                            cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print("Build mislukt: site/ bleef ongewijzigd.", file=sys.stderr)
        return result.returncode
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Site gebouwd in {target.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
