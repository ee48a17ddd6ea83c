package py

var strCases, containerCases, builtinCases, formatCases, classCases, excCases, genCases, ioCases []tc
