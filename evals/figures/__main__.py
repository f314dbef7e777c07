import sys

from .score import main

sys.exit(main())
