# go: Monte-Carlo tree search (UCT) for the game of Go on a small board.
# Each search iteration walks the tree by UCB1, expands one move, finishes
# the game with random legal moves (never filling its own eyes), scores it by
# area, and backs the result up. Two engines play a short game this way.
import random
from math import log, sqrt

EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


def neighbour_table(size):
    table = []
    for p in range(size * size):
        row, col = divmod(p, size)
        near = []
        if row > 0:
            near.append(p - size)
        if row < size - 1:
            near.append(p + size)
        if col > 0:
            near.append(p - 1)
        if col < size - 1:
            near.append(p + 1)
        table.append(near)
    return table


class Board:
    def __init__(self, size, neighbours=None):
        self.size = size
        self.neighbours = neighbours or neighbour_table(size)
        self.colour = [EMPTY] * (size * size)
        self.empties = list(range(size * size))
        self.where = list(range(size * size))
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.size = self.size
        b.neighbours = self.neighbours
        b.colour = self.colour[:]
        b.empties = self.empties[:]
        b.where = self.where[:]
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def take_empty(self, p):
        i = self.where[p]
        last = self.empties.pop()
        if last != p:
            self.empties[i] = last
            self.where[last] = i

    def give_empty(self, p):
        self.where[p] = len(self.empties)
        self.empties.append(p)

    def group(self, p):
        """The stones of p's group and its number of liberties."""
        colour = self.colour
        own = colour[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            for q in self.neighbours[stones[i]]:
                c = colour[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == own and q not in seen:
                    seen.add(q)
                    stones.append(q)
            i += 1
        return stones, len(liberties)

    def legal(self, p, who):
        if self.colour[p] != EMPTY or p == self.ko:
            return False
        colour = self.colour
        for q in self.neighbours[p]:
            c = colour[q]
            if c == EMPTY:
                return True
            _, libs = self.group(q)
            if c == who and libs > 1:
                return True
            if c != who and libs == 1:
                return True
        return False

    def is_eye(self, p, who):
        colour = self.colour
        for q in self.neighbours[p]:
            if colour[q] != who:
                return False
        return True

    def play(self, p):
        who = self.to_move
        self.moves += 1
        if p < 0:
            self.passes += 1
            self.ko = -1
            self.to_move = BLACK + WHITE - who
            return
        self.passes = 0
        self.colour[p] = who
        self.take_empty(p)
        captured = []
        for q in self.neighbours[p]:
            if self.colour[q] == BLACK + WHITE - who:
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        self.colour[s] = EMPTY
                        self.give_empty(s)
                    captured.extend(stones)
        self.ko = captured[0] if len(captured) == 1 else -1
        self.to_move = BLACK + WHITE - who

    def random_move(self):
        empties = self.empties
        n = len(empties)
        if n == 0:
            return -1
        start = random.randrange(n)
        who = self.to_move
        for i in range(n):
            p = empties[(start + i) % n]
            if not self.is_eye(p, who) and self.legal(p, who):
                return p
        return -1

    def finished(self):
        return self.passes >= 2 or self.moves > 3 * self.size * self.size

    def score(self, who):
        """Area score of `who` minus the opponent's (komi goes to white)."""
        total = 0
        colour = self.colour
        for p in range(len(colour)):
            c = colour[p]
            if c == EMPTY:
                near = {colour[q] for q in self.neighbours[p]}
                if len(near) == 1:
                    c = near.pop()
            if c == who:
                total += 1
            elif c != EMPTY:
                total -= 1
        return total + (KOMI if who == WHITE else -KOMI)


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.player = BLACK + WHITE - board.to_move   # who made `move`
        self.children = []
        self.untried = [p for p in board.empties if board.legal(p, board.to_move)]
        self.wins = 0.0
        self.visits = 0

    def best_child(self):
        scale = 2.0 * log(self.visits)
        best, best_value = None, -1.0
        for child in self.children:
            value = child.wins / child.visits + sqrt(scale / child.visits)
            if value > best_value:
                best, best_value = child, value
        return best


def search(board, iterations):
    root = Node(-1, None, board)
    for _ in range(iterations):
        node, b = root, board.copy()
        while not node.untried and node.children:
            node = node.best_child()
            b.play(node.move)
        if node.untried:
            move = node.untried.pop(random.randrange(len(node.untried)))
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        while not b.finished():
            b.play(b.random_move())
        black_score = b.score(BLACK)
        while node is not None:
            node.visits += 1
            if (black_score > 0) == (node.player == BLACK):
                node.wins += 1.0
            node = node.parent
    if not root.children:
        return -1, 0
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    return best.move, best.visits


def game(size, moves, iterations, seed):
    random.seed(seed)
    board = Board(size)
    record = []
    for _ in range(moves):
        move, visits = search(board, iterations)
        record.append(move)
        board.play(move)
        if board.finished():
            break
    return board, record


board, record = game(7, 8, 90, 42)
print('moves', record)
print('stones', board.colour.count(BLACK), board.colour.count(WHITE), 'score', board.score(BLACK))
