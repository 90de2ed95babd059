module example.com/catalogs

go 1.26
