"""funcutils: pydash's whole API at C speed, typed.

>>> import funcutils as _
>>> _.flatten_deep([1, [2, [3, [4]]]])
[1, 2, 3, 4]

Every public name is written once, in its module's ``__all__``; this package
re-exports them all (``funcutils.MODULES`` lists the modules, in pydash's
order of concepts).
"""

from __future__ import annotations

# _speedups first: it chooses the kernels, and with them the form (compiled or
# source) in which the public modules below are imported.
from . import _speedups  # noqa: F401
from . import arrays, chaining, collections, functions, numerical, objects, predicates, strings
from . import utilities
from ._speedups import IMPLEMENTATION
from .arrays import *  # noqa: F403
from .chaining import *  # noqa: F403
from .chaining import InvalidMethod as InvalidMethod  # an exception class, as pydash exports it
from .collections import *  # noqa: F403
from .functions import *  # noqa: F403
from .numerical import *  # noqa: F403
from .objects import *  # noqa: F403
from .predicates import *  # noqa: F403
from .strings import *  # noqa: F403
from .utilities import *  # noqa: F403

__version__ = "0.1.0"

#: The public modules, one per pydash module.
MODULES = (arrays, collections, functions, objects, strings, predicates, numerical, utilities,
           chaining)

# One statement per module, in a form type checkers follow (pyright reads
# ``__all__ += module.__all__``, not a starred list).
__all__ = ["IMPLEMENTATION", "__version__"]
__all__ += arrays.__all__
__all__ += collections.__all__
__all__ += functions.__all__
__all__ += objects.__all__
__all__ += strings.__all__
__all__ += predicates.__all__
__all__ += numerical.__all__
__all__ += utilities.__all__
__all__ += chaining.__all__
