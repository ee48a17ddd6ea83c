package py

var containerCases, builtinCases, formatCases, classCases, excCases, genCases, ioCases []tc
