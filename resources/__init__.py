"""Counter's bundled data: fonts, the procedure catalogue, the demo office, the list of
administrative units and the translations.

The folder stays at the top of the repository; the build maps it into the installed package as
``counter.resources`` (setup.py), and Counter reads it through ``importlib.resources``
(``counter.paths``), so nothing depends on a source checkout.
"""
