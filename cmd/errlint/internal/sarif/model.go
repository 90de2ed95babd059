package sarif

// The SARIF 2.1.0 objects errlint writes, with only the properties it
// sets. A property left out takes SARIF's default; none is written as an
// "unset" sentinel. The names are the specification's; a pointer or
// omitempty marks a property that is absent when unknown.

const (
	schemaURI    = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
)

type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []*run `json:"runs"`
}

type run struct {
	Tool               tool                        `json:"tool"`
	Invocations        []*invocation               `json:"invocations"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds"`
	Artifacts          []*artifact                 `json:"artifacts"`
	Results            []*result                   `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type tool struct {
	Driver toolComponent `json:"driver"`
}

type toolComponent struct {
	Name           string                 `json:"name"`
	Version        string                 `json:"version,omitempty"`
	InformationURI string                 `json:"informationUri,omitempty"`
	Rules          []*reportingDescriptor `json:"rules"`
}

type reportingDescriptor struct {
	ID                   string                 `json:"id"`
	ShortDescription     message                `json:"shortDescription"`
	FullDescription      message                `json:"fullDescription"`
	Help                 message                `json:"help"`
	HelpURI              string                 `json:"helpUri,omitempty"`
	DefaultConfiguration reportingConfiguration `json:"defaultConfiguration"`
}

type reportingConfiguration struct {
	Level string `json:"level"`
}

// message is both SARIF's message and its multiformatMessageString (and
// artifactContent): errlint sets only their text.
type message struct {
	Text string `json:"text"`
}

type result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             message           `json:"message"`
	Locations           []location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []*fix            `json:"fixes,omitempty"`
}

type location struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           region           `json:"region"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
	Index     *int   `json:"index,omitempty"` // into the run's artifacts
}

// region is 1-based lines and UTF-16 columns, the end column that of the
// character after the region; byteOffset and byteLength where a fix needs
// them.
type region struct {
	StartLine   int  `json:"startLine"`
	StartColumn int  `json:"startColumn"`
	EndLine     int  `json:"endLine"`
	EndColumn   int  `json:"endColumn"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type artifact struct {
	Location       artifactLocation `json:"location"`
	Length         *int             `json:"length,omitempty"`
	Roles          []string         `json:"roles,omitempty"`
	SourceLanguage string           `json:"sourceLanguage"`
}

type fix struct {
	Description     message           `json:"description"`
	ArtifactChanges []*artifactChange `json:"artifactChanges"`
}

type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []replacement    `json:"replacements"`
}

type replacement struct {
	DeletedRegion   region  `json:"deletedRegion"`
	InsertedContent message `json:"insertedContent"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Level   string  `json:"level"`
	Message message `json:"message"`
}
