import importlib
import pkgutil
import sys

import benchmarks


def main(names):
    modules = names or [info.name for info in pkgutil.iter_modules(benchmarks.__path__)]
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        if hasattr(module, "run"):
            print(module.run().render(), end="\n\n", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
