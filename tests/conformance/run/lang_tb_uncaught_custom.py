class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
def validate(user):
    if not user.get('name'):
        raise ValidationError('name', 'required')
users = [{'name': 'a'}, {'name': ''}]
for u in users:
    print('checking', u)
    validate(u)
