def find_user(users, name):
    for u in users:
        if u['name'] == name:
            return u
users = [{'name': 'ann', 'email': 'a@x'}]
print(find_user(users, 'ann')['email'])
print(find_user(users, 'bob')['email'])
