"""Module docstring."""
from __future__ import annotations
import os
import os.path
import xml.etree.ElementTree as ET
from . import sibling
from ..parent import name as alias, other
from package import *

def local_import():
    import json
    from collections import OrderedDict as OD
    return json, OD

x: int = 1
def f(a: List[int], *b: str) -> Dict[str, Any]:
    pass
class C:
    y: Optional[C] = None
