# nested lists/dicts: building, mutating through aliases, copying, membership
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = grid[1]
alias.append(9)
print(grid)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
inventory = {"apples": {"count": 3, "tags": ["red"]}}
inventory["apples"]["count"] += 2
inventory["apples"]["tags"].append("sweet")
inventory.setdefault("pears", {"count": 0, "tags": []})["count"] += 1
print(inventory)
flat = [x for row in grid for x in row if x]
print(flat, [5, 9] == flat, 9 in flat, [5] in [[5], [6]])
copy = [row[:] for row in grid]
copy[0][0] = "changed"
print(grid[0][0], copy[0][0])
stack = [1]
while stack:
    top = stack.pop()
    if top < 4:
        stack.extend([top + 1, top + 2])
    print(top, end=" ")
print()
