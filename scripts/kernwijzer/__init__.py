"""Data, validation and sheets for the Kernwijzers bedrijvige kern site."""
