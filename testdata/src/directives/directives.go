// Package directives holds every form of //errlint:ignore the directive
// analyzer checks (issue 11: each of these was ignored without a word).
package directives

import "net/http"

func used(w http.ResponseWriter) {
	w.WriteHeader(201) //errlint:ignore rawstatus the proxy rewrites it
	//errlint:ignore rawstatus,unknowncode standing alone: the next line
	w.WriteHeader(202)
	w.WriteHeader(203) //errlint:ignore all every analyzer here
}

func unknownName(w http.ResponseWriter) {
	w.WriteHeader(201) //errlint:ignore rawstatuss typo in the name // want `unknown analyzer "rawstatuss" in //errlint:ignore; did you mean rawstatus\?`
	w.WriteHeader(202) //errlint:ignore errcheck not ours // want `unknown analyzer "errcheck" in //errlint:ignore \(known: rawstatus, unknowncode, statusmismatch, authchallenge, retryafter, envelope, exitcode, retrydecision, ignoredirective, all\)`
}

func noReason(w http.ResponseWriter) {
	// The expectations precede the directives: a comment runs to the end
	// of its line, so it would be the directive's reason.
	w.WriteHeader(201) /* want `//errlint:ignore rawstatus has no reason, so it silences nothing` */ //errlint:ignore rawstatus
	w.WriteHeader(202) /* want `//errlint:ignore names no analyzer` */                               //errlint:ignore
}

func misspelled(w http.ResponseWriter) {
	w.WriteHeader(201) // errlint:ignore rawstatus a space after the slashes // want `errlint directive with a space after // is not read`
	w.WriteHeader(202) //errlint:ignroe rawstatus a typo // want `unknown errlint directive //errlint:ignroe`
	w.WriteHeader(203) //errlint:disable rawstatus another word // want `unknown errlint directive //errlint:disable`
	w.WriteHeader(204) /* errlint:ignore rawstatus a block comment */ // want `errlint directive in a /\* \*/ comment is not read`
	w.WriteHeader(205) //errlint-ignore rawstatus a dash // want `misspelled errlint directive`
	w.WriteHeader(206) //ERRLINT:IGNORE rawstatus capitals // want `misspelled errlint directive`
}

func unused(w http.ResponseWriter) {
	w.WriteHeader(http.StatusCreated) //errlint:ignore rawstatus nothing to silence // want `//errlint:ignore rawstatus silenced no finding`
	//errlint:ignore unknowncode stale // want `//errlint:ignore unknowncode silenced no finding`
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) //errlint:ignore all nothing here either // want `//errlint:ignore all silenced no finding`
}

// Prose that mentions errlint is no directive.
// errlint: the linter that checks error codes.
// errlint is run in CI.
func prose(w http.ResponseWriter) {
	//errlint:ignore ignoredirective a directive may silence this analyzer too
	w.WriteHeader(http.StatusOK) //errlint:ignore unknowncode stale but silenced
}
