# Richards: Martin Richards' simulation of a small operating-system kernel.
# Six tasks (idle, worker, two handlers, two devices) exchange packets through
# a priority scheduler; the run is checked by its queue and hold counts.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: state bits are packet-pending, waiting, held."""

    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = state == 'waiting'
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.pending = self.queue is not None
        return packet

    def add_packet(self, packet, current):
        """Queue packet on this task; returns the task the scheduler runs next."""
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.control = 1
        self.count = 10000

    def step(self, packet):
        sched = self.sched
        self.count -= 1
        if self.count == 0:
            return sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        sched = self.sched
        if packet is None:
            return sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.work = None
        self.devices = None

    def step(self, packet):
        sched = self.sched
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.datum
            if count < DATA_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return sched.queue_packet(device)
            else:
                self.work = work.link
                return sched.queue_packet(work)
        return sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.pending_packet = None

    def step(self, packet):
        sched = self.sched
        if packet is None:
            packet = self.pending_packet
            if packet is None:
                return sched.wait()
            self.pending_packet = None
            return sched.queue_packet(packet)
        self.pending_packet = packet
        return sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.held or (not task.pending and task.waiting):
                task = task.link
                continue
            self.current = task
            packet = None
            if task.waiting and task.pending:
                packet = task.take_packet()
                task.waiting = False
            task = task.step(packet)


def run_once():
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, None, 'running')
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(sched, WORKER, 1000, work, 'waiting')
    work = Packet(None, DEVICE_A, KIND_DEVICE)
    work = Packet(work, DEVICE_A, KIND_DEVICE)
    work = Packet(work, DEVICE_A, KIND_DEVICE)
    HandlerTask(sched, HANDLER_A, 2000, work, 'waiting')
    work = Packet(None, DEVICE_B, KIND_DEVICE)
    work = Packet(work, DEVICE_B, KIND_DEVICE)
    work = Packet(work, DEVICE_B, KIND_DEVICE)
    HandlerTask(sched, HANDLER_B, 3000, work, 'waiting')
    DeviceTask(sched, DEVICE_A, 4000, None, 'waiting')
    DeviceTask(sched, DEVICE_B, 5000, None, 'waiting')
    sched.schedule()
    return sched.queue_count, sched.hold_count


for _ in range(30):
    queued, held = run_once()
print('queue count', queued, 'hold count', held)
