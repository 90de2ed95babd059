package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/errlint/errlint/analyzer"
	"github.com/errlint/errlint/catalog"
	"github.com/errlint/errlint/cmd/errlint/internal/driver"
	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/analysis"
)

// analyseLoaded loads patterns and runs analyzers over what loads: the one
// home of how errlint init and errlint catalog (-usage, -check, a Go
// catalog) treat packages that do not load. Such a package (go list,
// parse or type errors) is named on stderr with its errors, as a plain run
// prints them, and so is a package left unanalysed because one it imports
// did not load; neither ends the run: the rest is analysed, as the main
// run does (SPEC §13). failed counts the packages named. err is for
// what stops everything: no package listed at all, not a module, or what
// before (when not nil) returns for the listed packages before any is
// analysed (a bad configuration).
func analyseLoaded(stderr io.Writer, cfg driver.LoadConfig, patterns []string, before func(*driver.Program) error, analyzers []*analysis.Analyzer, opts driver.RunOptions) (res *driver.Results, failed int, err error) {
	prog, err := driver.Load(cfg, patterns...)
	if err != nil {
		return nil, 0, err
	}
	if before != nil {
		if err := before(prog); err != nil {
			return nil, 0, err
		}
	}
	res, err = driver.Run(prog, analyzers, opts)
	if err != nil {
		return nil, 0, err
	}
	broken := map[string]bool{}
	for _, p := range prog.Roots {
		if len(p.Errors) > 0 {
			broken[p.PkgPath] = true
		}
	}
	failed = len(broken)
	prog.PrintErrors(stderr)
	for _, r := range res.Results {
		if p := r.Package.PkgPath; driver.IsSkipped(r.Err) && !broken[p] {
			broken[p] = true
			failed++
			fmt.Fprintf(stderr, "errlint: %s: not analysed: a package it imports does not load\n", p)
		}
	}
	return res, failed, nil
}

// probeRun loads patterns from dir, runs the probe over them and returns
// it, with the number of packages that did not load (analyseLoaded names
// them on stderr). A bad configuration of any package is an error.
func probeRun(stderr io.Writer, dir string, patterns []string, o analyzer.ProbeOptions) (*analyzer.Probe, int, error) {
	probe := analyzer.NewProbe(o)
	res, failed, err := analyseLoaded(stderr, driver.LoadConfig{Dir: dir}, patterns, nil, []*analysis.Analyzer{probe.Analyzer}, driver.RunOptions{})
	if err != nil {
		return nil, 0, err
	}
	for _, r := range res.Results {
		if r.Err != nil && !driver.IsSkipped(r.Err) {
			return nil, 0, r.Err
		}
	}
	for _, r := range probe.Reports() {
		if r.Err != nil {
			return nil, 0, r.Err
		}
	}
	return probe, failed, nil
}

// goCatalogPatterns returns the packages to load to read decls: each
// declaring package, and for a func every package of the modules, where
// its calls may be.
func goCatalogPatterns(decls []config.GoCatalogDecl, mods config.Modules) []string {
	var out []string
	for _, d := range decls {
		if d.Kind == config.GoFunc {
			for _, p := range mods.Paths {
				if p != "" && !slices.Contains(out, p+"/...") {
					out = append(out, p+"/...")
				}
			}
		}
		if p := d.PkgPath(); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// wholeProbe is probeRun for a catalog that must be read whole (printed,
// or written as a snapshot): a package that does not load is an error,
// after analyseLoaded has named it.
func wholeProbe(stderr io.Writer, dir string, patterns []string, o analyzer.ProbeOptions) (*analyzer.Probe, error) {
	probe, failed, err := probeRun(stderr, dir, patterns, o)
	if err == nil && failed > 0 {
		err = fmt.Errorf("errlint catalog: %s did not load: the catalog would be incomplete", plural(failed, "package", "packages"))
	}
	return probe, err
}

// configuredGoCatalog reads the Go catalogs the settings of dir name and
// joins them with its catalog files (files first), as the base analyzer
// does in a package that reaches every declaration. A declaration that no
// package declares is an error.
func configuredGoCatalog(stderr io.Writer, dir string, s *config.Settings) (*catalog.Catalog, error) {
	mods, err := config.FindModules(dir)
	if err != nil {
		return nil, err
	}
	probe, err := wholeProbe(stderr, dir, goCatalogPatterns(s.GoCatalog, mods), analyzer.ProbeOptions{})
	if err != nil {
		return nil, err
	}
	goCat, missing := probe.GoCatalog(s.GoCatalog)
	if len(missing) > 0 {
		return nil, fmt.Errorf("errlint catalog: %s: no descriptor found for go_catalog %s", s.ConfigPath, strings.Join(missing, ", "))
	}
	c := catalog.Merge(s.Catalog, goCat)
	if c == nil {
		return nil, fmt.Errorf("errlint catalog: %s: the go_catalog declarations hold no descriptor with a constant code and status", s.ConfigPath)
	}
	return c, nil
}

// snapshotGoCatalog reads one Go-catalog declaration wherever it is, a
// dependency included, from source: its declaring package and the
// packages extra (where a func's calls may also be). The types and
// ignore_types of the configuration in dir describe its descriptors.
func snapshotGoCatalog(stderr io.Writer, dir string, d config.GoCatalogDecl, extra []string) (*catalog.Catalog, error) {
	s, err := config.Resolve(config.Overrides{}, dir)
	if err != nil {
		return nil, err
	}
	o := analyzer.ProbeOptions{ReadGoCatalog: []config.GoCatalogDecl{d}}
	o.Types, o.IgnoreTypes = s.Types, s.IgnoreTypes
	patterns := append([]string{d.PkgPath()}, extra...)
	probe, err := wholeProbe(stderr, dir, patterns, o)
	if err != nil {
		return nil, err
	}
	c, _ := probe.GoCatalog([]config.GoCatalogDecl{d})
	if c == nil {
		return nil, fmt.Errorf("errlint catalog: -go %s: no descriptor with a constant code and status found in %s", d.Flag(), strings.Join(patterns, ", "))
	}
	return c, nil
}

// snapshotDiff lists how the snapshot file differs from the catalog read
// from the dependency: codes only in one, statuses, bound names, retry
// flags (envelope checks them). Domains and messages are documentation a
// user may edit in the snapshot, and are not compared.
func snapshotDiff(file, dep *catalog.Catalog) []string {
	var out []string
	line := func(e *catalog.Entry) string {
		if e.Line > 0 {
			return fmt.Sprintf("%s:%d", file.Source, e.Line)
		}
		return file.Source
	}
	for i := range file.Entries {
		fe := &file.Entries[i]
		de, ok := dep.Lookup(fe.Code)
		if !ok {
			out = append(out, fmt.Sprintf("%s: %s: not in the dependency's catalog", line(fe), fe.Code))
			continue
		}
		if !slices.Equal(fe.Statuses, de.Statuses) {
			out = append(out, fmt.Sprintf("%s: %s: status %s; the dependency says %s", line(fe), fe.Code, catalog.StatusList(fe.Statuses), catalog.StatusList(de.Statuses)))
		}
		for _, n := range de.Bound {
			if !slices.Contains(fe.Bound, n) {
				out = append(out, fmt.Sprintf("%s: %s: bound %s missing", line(fe), fe.Code, n))
			}
		}
		for _, n := range fe.Bound {
			if !slices.Contains(de.Bound, n) {
				out = append(out, fmt.Sprintf("%s: %s: bound %s is not bound to it in the dependency", line(fe), fe.Code, n))
			}
		}
		if fe.Retryable != de.Retryable {
			out = append(out, fmt.Sprintf("%s: %s: retryable %t; the dependency says %t", line(fe), fe.Code, fe.Retryable, de.Retryable))
		}
	}
	for i := range dep.Entries {
		de := &dep.Entries[i]
		if _, ok := file.Lookup(de.Code); !ok {
			out = append(out, fmt.Sprintf("%s: %s: in the dependency's catalog (status %s), not in the snapshot", file.Source, de.Code, catalog.StatusList(de.Statuses)))
		}
	}
	return out
}

// writeCatalog prints c in format; the text form starts with its source.
func writeCatalog(stdout, stderr io.Writer, c *catalog.Catalog, source, format string) error {
	switch format {
	case "text":
		fmt.Fprintf(stdout, "# catalog: %s\n", source)
		return c.WriteText(stdout)
	case "json":
		fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
		return c.WriteJSON(stdout)
	case "yaml":
		fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
		return c.WriteYAML(stdout)
	}
	fmt.Fprintf(stderr, "errlint: catalog: %s\n", source)
	if c.HasBound() {
		fmt.Fprintln(stderr, "errlint: catalog: bound identifiers are not written in Markdown; use -format yaml or json for a snapshot")
	}
	return c.WriteMarkdown(stdout)
}
