module example.com/sarifdemo

go 1.22
