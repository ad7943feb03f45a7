import string
f = string.Formatter()
for fmt, args, kw in [('{0:{1}}', (3.14159, '.2f'), {}), ('{:>{w}}|', ('x',), {'w': 5}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
                      ('{a', (), {}), ('a}', (), {}), ('{0!x}', (1,), {}), ('{0.real.imag}', (5,), {}), ('{x[k]}', (), {'x': {'k': 'v'}}),
                      ('{2}', (1,), {}), ('{z}', (), {}), ('{!r:^7}', ('q',), {}), ('{0[}', (1,), {})]:
    try:
        print(repr(f.format(fmt, *args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {b} {0}', 'zz', a='hi'))
print(string.Template('$a$b ${c}d $$ $').safe_substitute(a=1, c=3))
class T(string.Template):
    delimiter = '%'
print(T('%who owes %%%amt').substitute(who='tim', amt=5))
