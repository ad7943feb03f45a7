import re

MD = '''# Title here
Some *emphasis*, **strong** and `code` with a [link](http://x.org "t").

## List
- item one
- item **two**
1. first
2. second

> quoted _text_
Plain line with escaped \\*star\\* and an email <me@x.org>.
'''

def inline(text):
    text = re.sub(r'`([^`]+)`', r'<code>\1</code>', text)
    text = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text)
    text = re.sub(r'(?<![\\*])\*(?!\*)(.+?)(?<!\\)\*', r'<i>\1</i>', text)
    text = re.sub(r'\b_(.+?)_\b', r'<i>\1</i>', text)
    text = re.sub(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)',
                  lambda m: '<a href="%s"%s>%s</a>' % (m[2], ' title="%s"' % m[3] if m[3] else '', m[1]), text)
    text = re.sub(r'<([\w.]+@[\w.]+)>', r'<a href="mailto:\1">\1</a>', text)
    return re.sub(r'\\([*_`])', r'\1', text)

out = []
for line in MD.splitlines():
    if m := re.match(r'(#{1,6})\s+(.*)', line):
        out.append('<h%d>%s</h%d>' % (len(m[1]), inline(m[2]), len(m[1])))
    elif m := re.match(r'[-*]\s+(.*)', line):
        out.append('<li>%s</li>' % inline(m[1]))
    elif m := re.match(r'(\d+)\.\s+(.*)', line):
        out.append('<li value="%s">%s</li>' % (m[1], inline(m[2])))
    elif m := re.match(r'>\s?(.*)', line):
        out.append('<blockquote>%s</blockquote>' % inline(m[1]))
    elif line.strip():
        out.append('<p>%s</p>' % inline(line))
print('\n'.join(out))
