#pragma once

class QThreadPool;

namespace mailready {

// The program's worker pools. Checks mostly wait on DNS, and a run's own driver also waits in the checks' pool:
// plenty of threads, little CPU.
QThreadPool* checkThreadPool();
// DNS is latency-bound: many more threads than cores, each mostly waiting on a socket.
QThreadPool* dnsThreadPool();
// One lookup asks several nameservers at once (the next one while the first is slow): each server's part runs here.
// Its tasks never wait for other tasks, so a lookup waiting on them from the DNS pool cannot starve it.
QThreadPool* dnsServerThreadPool();

// Every task on a pool thread calls this first. When the thread ends, it then frees the state OpenSSL keeps for it
// (its random generator, its error queue) before it reports itself finished: pool threads are detached, so without
// this that state would be freed only after waitForWorkerThreads() has returned, possibly while OpenSSL itself is
// being cleaned up at exit.
void prepareWorkerThread();

// Blocks until every worker thread of the program has finished its work and exited: the checks' and the DNS
// queries' pools (with their servers' parts) and QThreadPool::globalInstance(). main() calls it before it returns, so
// that no work outlives the objects and libraries it uses (OpenSSL cleans up at exit). True when that happened within
// msecs (-1: no limit).
bool waitForWorkerThreads(int msecs = -1);

} // namespace mailready
