# importing a module from the script's folder, from-imports, module caching, sys.modules
import mod_helper
from mod_helper import square, Greeter as G
import mod_helper as again
import sys
print(mod_helper.square(7), square(3), G("x").hello(), again is mod_helper)
print(mod_helper.__name__, "mod_helper" in sys.modules, mod_helper.LOADS)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from mod_helper import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
