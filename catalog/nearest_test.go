package catalog

import (
	"sort"
	"strings"
	"testing"
)

func TestNearestDefault(t *testing.T) {
	def := Default()
	for _, tc := range []struct {
		code   string
		status int
		want   string // "" for no suggestion
	}{
		// In the catalog: itself.
		{"RATE_LIMITED", 0, "RATE_LIMITED"},
		{"RATE_LIMITED", 503, "RATE_LIMITED"},
		// Tier 1: case and separators.
		{"rate_limited", 0, "RATE_LIMITED"},
		{"RateLimited", 0, "RATE_LIMITED"},
		{"rate-limited", 0, "RATE_LIMITED"},
		{"Rate.Limited", 429, "RATE_LIMITED"},
		{"resourceNotFound", 404, "RESOURCE_NOT_FOUND"},
		// Tier 2: misspellings.
		{"RATE_LIMIT", 0, "RATE_LIMITED"},
		{"RATE_LIMIT", 429, "RATE_LIMITED"},
		{"RATE_LIMIT", 503, "RATE_LIMITED"}, // no candidate has 503: spelling decides
		{"AUTH_REQUIRD", 0, "AUTH_REQUIRED"},
		{"AUTH_REQUIERD", 401, "AUTH_REQUIRED"}, // a swap
		{"FORBIDEN", 0, "FORBIDDEN"},
		{"CONFLICTS", 0, "CONFLICT"},
		{"INTERNAL_EROR", 500, "INTERNAL_ERROR"},
		{"GENERATION_FAILD", 0, "GENERATION_FAILED"},
		// Tier 3: shared words.
		{"NOT_FOUND", 0, "RESOURCE_NOT_FOUND"},
		{"NOT_FOUND", 404, "RESOURCE_NOT_FOUND"},
		{"NOT_FOUND", 503, "LLM_CONFIG_NOT_FOUND"},
		{"NotFound", 404, "RESOURCE_NOT_FOUND"},
		{"SESSION_EXPIRED", 401, "AUTH_SESSION_EXPIRED"},
		{"TIMEOUT", 503, "DISPATCH_TIMEOUT"},
		{"ERROR", 500, "INTERNAL_ERROR"},
		{"ERROR", 422, "VALIDATION_ERROR"},
		{"RESOURCE_NOT_FOUND_ERROR", 0, "RESOURCE_NOT_FOUND"},
		{"USER_NOT_FOUND", 404, "RESOURCE_NOT_FOUND"},
		// No clear best.
		{"", 0, ""},
		{"", 404, ""},
		{"FOO", 0, ""},
		{"FOO", 400, ""},
		{"TIMEOUT", 0, ""},   // DISPATCH_, GENERATION_, UPSTREAM_TIMEOUT
		{"TIMEOUT", 504, ""}, // GENERATION_ and UPSTREAM_TIMEOUT
		{"ERROR", 0, ""},
		{"ERROR", 502, ""},                       // five upstream errors
		{"NOT_FOUND", 400, "RESOURCE_NOT_FOUND"}, // no status match: words decide
		{"SERVER_FAILURE", 500, ""},
		{"BAD", 0, "BAD_REQUEST"}, // the only code with the word
		{"___", 0, ""},
		{"\xff", 0, ""},
	} {
		got, ok := def.Nearest(tc.code, tc.status)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Nearest(%q, %d) = %q, %v; want %q", tc.code, tc.status, got, ok, tc.want)
		}
	}
}

func TestNearestCamelCase(t *testing.T) {
	c, err := New("s3", []Entry{
		{Code: "AccessDenied", Statuses: []int{403}},
		{Code: "BucketAlreadyExists", Statuses: []int{409}},
		{Code: "BucketNotEmpty", Statuses: []int{409}},
		{Code: "InvalidBucketName", Statuses: []int{400}},
		{Code: "NoSuchBucket", Statuses: []int{404}},
		{Code: "NoSuchKey", Statuses: []int{404}},
		{Code: "NoSuchUpload", Statuses: []int{404}},
		{Code: "SlowDown", Statuses: []int{503}},
		{Code: "InternalError", Statuses: []int{500}},
		{Code: "blob_unknown", Statuses: []int{404}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		code   string
		status int
		want   string
	}{
		{"NoSuchBucket", 0, "NoSuchBucket"},
		{"no_such_bucket", 0, "NoSuchBucket"},
		{"NO_SUCH_KEY", 404, "NoSuchKey"},
		{"ACCESS_DENIED", 0, "AccessDenied"},
		{"accessdenied", 403, "AccessDenied"},
		{"NoSuchBuckt", 0, "NoSuchBucket"},
		{"NoSuckKey", 0, "NoSuchKey"},
		{"AccesDenied", 0, "AccessDenied"},
		{"BlobUnknown", 404, "blob_unknown"},
		{"BucketExists", 0, "BucketAlreadyExists"},
		{"InternalServerError", 500, "InternalError"},
		{"Bucket", 0, ""},      // three bucket codes alike
		{"NoSuch", 404, ""},    // three NoSuch codes alike
		{"NoSuchThing", 0, ""}, // shares two words with three codes
		{"Denied", 0, "AccessDenied"},
		{"Throttled", 503, ""},
		{"", 0, ""},
	} {
		got, ok := c.Nearest(tc.code, tc.status)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Nearest(%q, %d) = %q, %v; want %q", tc.code, tc.status, got, ok, tc.want)
		}
	}
}

func TestCodeWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"RATE_LIMITED", "limited rate"},
		{"NoSuchBucket", "bucket no such"},
		{"HTTPErrorCode", "code error http"},
		{"blob_unknown", "blob unknown"},
		{"S3Error", "error s3"},
		{"a.b-c_d", "a b c d"},
		{"ABC", "abc"},
	} {
		words := codeWords(tc.in)
		var got []string
		for w := range words {
			got = append(got, w)
		}
		slicesSort(got)
		if s := join(got); s != tc.want {
			t.Errorf("codeWords(%q) = %q, want %q", tc.in, s, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"ratelimit", "ratelimited", 2, 2},
		{"authrequird", "authrequired", 2, 1},
		{"ab", "ba", 2, 1},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3}, // over the limit: limit+1
		{"", "abc", 5, 3},
		{"same", "same", 0, 0},
	} {
		if got := EditDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

func slicesSort(s []string)  { sort.Strings(s) }
func join(s []string) string { return strings.Join(s, " ") }

// TestFixable checks that a fix never renames a real code into an
// unrelated one (revision 3): spellings of the same code are fixable; a
// shared-word suggestion only when it holds every word and is the only
// such code of the paired status.
func TestFixable(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		code   string
		status int
		want   string // "" when no fix
	}{
		{"rate_limited", 0, "RATE_LIMITED"},
		{"RATE_LIMIT", 0, "RATE_LIMITED"},
		{"AUTH_REQUIRD", 401, "AUTH_REQUIRED"},
		{"NOT_FOUND", 404, "RESOURCE_NOT_FOUND"},
		{"NOT_FOUND", 0, ""},                  // no paired status: named, not fixed
		{"EXPORT_BLOCKED", 0, ""},             // shared words, no status
		{"AUDIO_EXPORT", 422, ""},             // three 422 codes hold both words
		{"GENERATION_EXPORT_FAILED", 500, ""}, // not every word is in the suggestion
	} {
		got, ok := c.Fixable(tc.code, tc.status)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("Fixable(%q, %d) = %q, want %q", tc.code, tc.status, got, tc.want)
		}
	}
}

// TestFixableMinio reproduces minio's renames: with a catalog holding
// XMinioAdminRebalanceAlreadyStarted, the unknown codes of its secondary
// tables are named at most, never fixed into it.
func TestFixableMinio(t *testing.T) {
	c, err := New("minio", []Entry{
		{Code: "XMinioAdminRebalanceAlreadyStarted", Statuses: []int{409}},
		{Code: "XMinioAdminBucketQuotaExceeded", Statuses: []int{400}},
		{Code: "InvalidBucketState", Statuses: []int{409}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"XMinioAdminTierAlreadyExists", "XMinioAdminTierBackendInUse"} {
		if got, ok := c.Fixable(code, 409); ok {
			t.Errorf("Fixable(%q, 409) = %q, want no fix", code, got)
		}
	}
}
