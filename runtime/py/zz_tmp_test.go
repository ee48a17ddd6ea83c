package py

var excCases, genCases, ioCases []tc
