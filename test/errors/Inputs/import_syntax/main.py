import pkg.bad
