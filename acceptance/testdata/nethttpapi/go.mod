module example.com/nethttpapi

go 1.22
