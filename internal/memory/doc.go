// Package memory sets up the memory of a run before it loads its input:
// a soft limit for the garbage collector, sized from the input, and
// transparent huge pages for the heap the load is about to fill.
//
// Both matter for time as much as for size. On the virtual machines
// ctreport runs on, the kernel takes about 15 µs to fault in each 4 KB
// page of fresh memory, so a load that fills 400 MB of heap spends about
// 1.5 s faulting; with 2 MB pages it spends a few milliseconds. Linux
// gives huge pages to memory that asks for them when
// /sys/kernel/mm/transparent_hugepage/enabled says "madvise" (the usual
// default), and the Go runtime does not ask for its heap.
package memory
