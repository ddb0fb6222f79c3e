# RUN: %difftest %s
# importlib.resources over a compiled package reads the files beside its sources, as the
# interpreter's source loader does.
import importlib.resources as resources

import pkg
import pkg.sub

root = resources.files(pkg)
print(root.joinpath("data.txt").read_text(encoding="utf-8"), end="")
print(sorted(p.name for p in root.iterdir() if not p.name.startswith("__")))
print(resources.files("pkg.sub").joinpath("blob.bin").read_bytes())
print(resources.is_resource("pkg", "data.txt"), resources.is_resource("pkg", "sub"))
with resources.as_file(root / "data.txt") as path:
    print(path.name, path.exists())
try:
    root.joinpath("missing.txt").read_bytes()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename.endswith("missing.txt"))
