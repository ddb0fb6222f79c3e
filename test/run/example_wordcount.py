# RUN: %difftest %S/../../examples/wordcount.py -- --top 3 %S/../../examples/sample.txt
# The README's example program, compiled and run against python3.11.
