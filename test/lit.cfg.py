# -*- Python -*-
# lit configuration for pylc. Loaded from the generated <build>/test/lit.site.cfg.py, which sets
# config.pylc_bin, pylc_unittests, llvm_tools_dir, python311, pylc_src_root, pylc_obj_root.
# Run the suite with:  /usr/bin/python3.11 /usr/lib/llvm-19/build/utils/lit/lit.py -sv <build>/test
import os

import lit.formats

if not hasattr(config, "pylc_obj_root"):
    lit_config.fatal("run lit on the build tree's test dir (<build>/test), "
                     "where cmake generates lit.site.cfg.py")

config.name = "pylc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test", ".pir"]
# Basenames lit must not treat as tests or descend into.
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "lit.site.cfg.py.in",
                   "CMakeLists.txt", "Inputs", "__pycache__"]

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(config.pylc_obj_root, "test")

# Fixed hash seed so that output depending on str hashing is the same on every side.
config.environment["PYTHONHASHSEED"] = "0"
# Keep the caller's Python settings out of the reference interpreter and compiled programs.
for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
            "PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONUTF8", "PYTHONDEVMODE"):
    config.environment.pop(var, None)
# HOME and XDG_CACHE_HOME: where `pylc run` may keep its code cache.
for var in ("HOME", "XDG_CACHE_HOME"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment["LC_ALL"] = "C.UTF-8"
config.environment["LANG"] = "C.UTF-8"

# FileCheck, not, count come from LLVM's tools dir: put it first on PATH.
config.environment["PATH"] = os.path.pathsep.join(
    [config.llvm_tools_dir, os.path.join(config.pylc_obj_root, "bin"),
     config.environment.get("PATH", os.environ.get("PATH", ""))])

difftest = os.path.join(config.pylc_src_root, "utils", "difftest.py")

# Order matters: lit applies substitutions in list order and %pylc is a prefix of
# %pylc-unittests.
config.substitutions.append(("%pylc-unittests", config.pylc_unittests))
# The `pylc` Python package (python/pylc): @pylc.cfunc under the interpreter.
config.substitutions.append(("%pylcpkg", os.path.join(config.pylc_src_root, "python")))
config.substitutions.append(("%clang", "/usr/bin/clang-19"))
import subprocess
config.substitutions.append(("%pyinclude", subprocess.check_output(
    [config.python311, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"],
    text=True).strip()))
config.substitutions.append(
    ("%difftest", '"%s" "%s" --pylc "%s" --python "%s"'
     % (config.python311, difftest, config.pylc_bin, config.python311)))
config.substitutions.append(("%pylc_obj_root", config.pylc_obj_root))
config.substitutions.append(("%pylc_src_root", config.pylc_src_root))
config.substitutions.append(("%pylc", config.pylc_bin))
config.substitutions.append(("%python", config.python311))
config.substitutions.append(
    ("%FileCheck", os.path.join(config.llvm_tools_dir, "FileCheck")))

config.available_features.add("python311")
