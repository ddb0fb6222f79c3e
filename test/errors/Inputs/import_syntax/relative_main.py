import pkg.rel
