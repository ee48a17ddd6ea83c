package py

var formatCases, classCases, excCases, genCases, ioCases []tc
