# RUN: %difftest --module-path %S/lib %s
# The same source file imported under two names is two modules, and the main script
# imported by its own name runs again as a module of that name.
import shared
import lib.shared
import other

print(shared is lib.shared, shared.__name__, lib.shared.__name__)
shared.counter.append(1)
print(shared.counter, lib.shared.counter)
print(other.main_module_name)
print(__name__)
