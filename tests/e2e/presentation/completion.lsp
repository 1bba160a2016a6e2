# Completion on examples/ml-on-node and examples/python-ml: use-case ids (title and fit summary
# as documentation) inside the declarations, catalogue names as package.json dependency keys and
# requirement names; nothing on a version; quotes supplied where no string was started.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{"completionProvider":{"triggerCharacters":["\"","=",","]}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
# Inside "ai-ml": every use case, each replacing the whole string's content.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json@"ai-m}}}}
<-- {"id":2,"result":{"isIncomplete":false,"items":["{{some}}",{"label":"ai-ml","kind":20,"detail":"AI and machine learning solutions","documentation":"AI and machine learning solutions\nNode.js: weak fit · Python: strong fit","textEdit":{"range":{{range:package.json@ai-ml}},"newText":"ai-ml"}},{"label":"realtime-collaboration","documentation":"{{has:Node.js: strong fit · Python: weak fit}}","textEdit":{"range":{{range:package.json@ai-ml}},"newText":"realtime-collaboration"}}]}}
# A dependency key: catalogue names, replacing the key's content; those serving the declared
# use case (ai-ml) sort first.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json@"expr}}}}
<-- {"id":3,"result":{"items":["{{some}}",{"label":"express","kind":9,"detail":"web server","sortText":"1 express","textEdit":{"range":{{range:package.json@express}},"newText":"express"}},{"label":"socket.io","detail":"real-time"},{"label":"@tensorflow/tfjs","sortText":"0 @tensorflow/tfjs"}]}}
# A version, a top-level key, past the end, an unknown document: nothing.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json@"^4.19}}}}
<-- {"id":4,"result":{"isIncomplete":false,"items":[]}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json@"descr}}}}
<-- {"id":5,"result":{"items":[]}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":999,"character":0}}}
<-- {"id":6,"result":{"items":[]}}
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:other/package.json}}"},"position":{"line":0,"character":0}}}
<-- {"id":7,"result":{"items":[]}}
# .stackls.json being typed, no string yet: the item brings its quotes.
file> .stackls.json "{\"useCase\": [[cursor]]\n"
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:.stackls.json}}","languageId":"json","version":1,"text":"{{text:.stackls.json}}"}}}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:.stackls.json}}"},"position":{{start:.stackls.json#cursor}}}}
<-- {"id":8,"result":{"items":["{{some}}",{"label":"iot","textEdit":{"range":{{range:.stackls.json#cursor}},"newText":"\"iot\""}}]}}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
