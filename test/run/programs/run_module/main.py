# RUN: %difftest --run-module tool %S -- alpha beta
# RUN: %difftest --run-module tool.cli %S -- gamma
# A package run with -m (its __main__.py, after the package itself is imported) and a
# module of a package run with -m: __spec__, __package__, relative imports, sys.argv.
