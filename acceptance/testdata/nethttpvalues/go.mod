module example.com/nethttpvalues

go 1.26
