package py

var ioCases []tc
