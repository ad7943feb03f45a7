# case mapping and case predicates over Unicode
print('hello world'.title(), "they're bill's".title(), 'ǆemal'.title(), 'ﬁsh'.title(), 'ß'.title(), 'hello2world'.title())
print('ß'.upper(), 'ß'.lower(), 'ß'.casefold(), 'ΑΣ'.lower(), 'İ'.lower(), 'Straße'.casefold() == 'strasse', 'ǅ'.lower(), 'ǆ'.upper())
print('Hello World'.swapcase(), 'ǅ'.swapcase(), 'hELLO wORLD'.capitalize(), 'ǆa'.capitalize(), 'ﬁx'.capitalize(), ''.capitalize())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'ǅemal'.istitle(), ''.istitle(), '1A'.istitle())
print('ABC'.isupper(), 'abc1'.islower(), '1'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ΑΣ'.isupper(), 'ß'.islower())
