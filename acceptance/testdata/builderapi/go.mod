module example.com/builderapi

go 1.22
