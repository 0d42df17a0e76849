// Package memory sets up the memory of a run before it loads its input:
// a soft limit for the garbage collector, sized from the input, and
// transparent huge pages for the heap the load is about to fill.
//
// Both matter for time as much as for size. On the virtual machines
// ctreport runs on, touching 400 MB of fresh memory in 4 KB pages took
// about 1.5 s (a fault, and the page cleared, every 4 KB); in 2 MB pages
// it took from 30 ms, when the kernel handed back memory it had used
// before, to under a second. Linux gives huge pages to memory that asks
// for them when /sys/kernel/mm/transparent_hugepage/enabled says
// "madvise" (the usual default), and the Go runtime does not ask for its
// heap.
package memory
