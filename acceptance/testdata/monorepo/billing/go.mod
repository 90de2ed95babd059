module example.com/billing

go 1.26

require example.com/platform v0.0.0
