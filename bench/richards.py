# Benchmark: a Richards-style operating-system task scheduler.
# Written after Martin Richards' classic benchmark (as in pyperformance's
# bm_richards, but an independent version): an idle task, a worker, two
# handlers and two devices exchange packets through a scheduler that keeps
# a linked list of task control blocks ordered by priority.
# Measures classes with inheritance, method calls (virtual dispatch through
# overridden methods), attribute loads and stores on instances, small objects
# allocated in a loop, linked lists, bit flags and exceptions for a rare path.

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUFSIZE = 4

# Task state bits.
PACKET_PENDING = 1
WAITING = 2
HELD = 4


class SchedulerError(Exception):
    pass


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class TaskRecord:
    pass


class DeviceRecord(TaskRecord):
    def __init__(self):
        self.pending = None


class HandlerRecord(TaskRecord):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, packet):
        self.work_in = packet.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, packet):
        self.device_in = packet.append_to(self.device_in)
        return self.device_in


class IdleRecord(TaskRecord):
    def __init__(self):
        self.control = 1
        self.count = 10000


class WorkerRecord(TaskRecord):
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Task:
    """A task control block; subclasses implement fn()."""

    def __init__(self, sched, ident, priority, queue, state, record):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.record = record
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    # State predicates -------------------------------------------------
    def is_held_or_waiting(self):
        s = self.state
        return (s & HELD) != 0 or s == WAITING

    def is_waiting_with_packet(self):
        return self.state == PACKET_PENDING | WAITING

    # Transitions ------------------------------------------------------
    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.state |= PACKET_PENDING
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.queue)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.state = 0
            else:
                self.state = PACKET_PENDING
        else:
            packet = None
        return self.fn(packet, self.record)

    def wait_task(self):
        self.state |= WAITING
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.state |= HELD
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.state &= ~HELD
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, packet):
        t = self.sched.find(packet.ident)
        self.sched.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)

    def fn(self, packet, record):
        raise NotImplementedError


class DeviceTask(Task):
    def fn(self, packet, record):
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait_task()
            record.pending = None
            return self.qpkt(packet)
        record.pending = packet
        self.sched.trace(packet.datum)
        return self.hold()


class HandlerTask(Task):
    def fn(self, packet, record):
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.work_in_add(packet)
            else:
                record.device_in_add(packet)
        work = record.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            record.work_in = work.link
            return self.qpkt(work)
        dev = record.device_in
        if dev is None:
            return self.wait_task()
        record.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, packet, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def fn(self, packet, record):
        if packet is None:
            return self.wait_task()
        if record.destination == HANDLER_A:
            dest = HANDLER_B
        else:
            dest = HANDLER_A
        record.destination = dest
        packet.ident = dest
        packet.datum = 0
        data = packet.data
        for i in range(BUFSIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            data[i] = self.LETTERS[record.count - 1]
        return self.qpkt(packet)


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * TASK_COUNT
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace_chars = []
        self.checksum = 0

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise SchedulerError("no task %d" % ident)
        return t

    def trace(self, datum):
        self.checksum = (self.checksum * 31 + ord(datum)) & 0xFFFFFF
        if len(self.trace_chars) < 40:
            self.trace_chars.append(datum)

    def setup(self):
        IdleTask(self, IDLE, 0, None, 0, IdleRecord())

        wq = Packet(None, WORKER, KIND_WORK)
        wq = Packet(wq, WORKER, KIND_WORK)
        WorkerTask(self, WORKER, 1000, wq, PACKET_PENDING | WAITING, WorkerRecord())

        wq = Packet(None, DEVICE_A, KIND_DEVICE)
        wq = Packet(wq, DEVICE_A, KIND_DEVICE)
        wq = Packet(wq, DEVICE_A, KIND_DEVICE)
        HandlerTask(self, HANDLER_A, 2000, wq, PACKET_PENDING | WAITING, HandlerRecord())

        wq = Packet(None, DEVICE_B, KIND_DEVICE)
        wq = Packet(wq, DEVICE_B, KIND_DEVICE)
        wq = Packet(wq, DEVICE_B, KIND_DEVICE)
        HandlerTask(self, HANDLER_B, 3000, wq, PACKET_PENDING | WAITING, HandlerRecord())

        DeviceTask(self, DEVICE_A, 4000, None, WAITING, DeviceRecord())
        DeviceTask(self, DEVICE_B, 5000, None, WAITING, DeviceRecord())

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_waiting():
                t = t.link
            else:
                t = t.run_task()


def run_once():
    sched = Scheduler()
    sched.setup()
    sched.schedule()
    try:
        sched.find(TASK_COUNT - 1)
        sched.table[TASK_COUNT - 1] = None
        sched.find(TASK_COUNT - 1)
    except SchedulerError as e:
        missing = str(e)
    return sched.qpkt_count, sched.hold_count, sched.checksum, "".join(sched.trace_chars), missing


def main(iterations=18):
    results = []
    for _ in range(iterations):
        results.append(run_once())
    first = results[0]
    same = all(r == first for r in results)
    qpkt, holds, checksum, trace, missing = first
    print("iterations", iterations, "consistent", same)
    print("qpkt_count", qpkt, "hold_count", holds)
    print("checksum", checksum)
    print("trace", trace)
    print("error", missing)


main()
