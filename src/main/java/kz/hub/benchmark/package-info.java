/** Fixtures for benchmarks only, off unless a benchmark switches them on. */
package kz.hub.benchmark;
