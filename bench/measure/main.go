// Command measure runs a command and prints its wall time and peak
// resident set size, so the benchmark needs nothing installed beyond Go.
//
// Usage:
//
//	measure [-log FILE] [-dir DIR] -- COMMAND [ARG...]
//
// It prints one line on standard output: "WALL_SECONDS MAXRSS_KIB EXIT
// CPU_SECONDS". CPU is user plus system time of the child and of the
// descendants it waited for; on a machine shared with other work it moves
// much less than wall time does.
// The peak RSS is what wait4 reports for the child: the largest resident
// set of the child and of any descendant it waited for (the same figure
// /usr/bin/time -f %M prints), not a sum over the process tree. The
// command's own output goes to FILE (default: discarded).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	log := flag.String("log", "", "file that receives the command's standard output and error")
	dir := flag.String("dir", "", "directory to run the command in")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: measure [-log FILE] [-dir DIR] -- COMMAND [ARG...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	out := io.Discard
	if *log != "" {
		f, err := os.Create(*log)
		if err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(2)
		}
		defer f.Close()
		out = f
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Dir = *dir
	cmd.Stdout = out
	cmd.Stderr = out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	code := 0
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	default:
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(2)
	}
	var rssKiB int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rssKiB = int64(ru.Maxrss) // Linux reports ru_maxrss in KiB
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	fmt.Printf("%.3f %d %d %.3f\n", wall.Seconds(), rssKiB, code, cpu.Seconds())
}
