module example.com/intcatalog

go 1.22
