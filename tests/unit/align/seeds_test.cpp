// Alignment test over the seed article set (read at run time; skipped where it is absent).
#include <doctest/doctest.h>
