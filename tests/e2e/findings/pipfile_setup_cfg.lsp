# Pipfile and setup.cfg: findings on a Pipfile key (a table form with extras) and on a
# setup.cfg install_requires line, each at the package name; setup.cfg's inline comment,
# which setuptools keeps as part of the requirement, is a warning at the comment; hovers on
# both names. The use case comes from each project's .stackls.json.
workspace> fixtures
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"hover":{"contentFormat":["markdown"]}}}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:pipfile-chat/Pipfile}}","languageId":"toml","version":1,"text":"{{text:pipfile-chat/Pipfile}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:pipfile-chat/Pipfile}}","version":1,"diagnostics":[{"code":"dependency-against-stack","severity":4,"range":{{range:pipfile-chat/Pipfile@flask-socketio}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:pipfile-chat/Pipfile}}"},"position":{{start:pipfile-chat/Pipfile@flask-socketio}}}}
<-- {"id":2,"result":{"contents":{"kind":"markdown","value":"{{has:**flask-socketio** (pypi)}}"},"range":{{range:pipfile-chat/Pipfile@flask-socketio}}}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:setupcfg-chat/setup.cfg}}","languageId":"ini","version":1,"text":"{{text:setupcfg-chat/setup.cfg}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:setupcfg-chat/setup.cfg}}","version":1,"diagnostics":[{"code":"dependency-against-stack","severity":4,"range":{{range:setupcfg-chat/setup.cfg@python-socketio}}},{"code":"manifest-problem","severity":2,"message":"{{has:inline comment}}"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:setupcfg-chat/setup.cfg}}"},"position":{{start:setupcfg-chat/setup.cfg@python-socketio}}}}
<-- {"id":3,"result":{"contents":{"kind":"markdown","value":"{{has:**python-socketio** (pypi)}}"},"range":{{range:setupcfg-chat/setup.cfg@python-socketio}}}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
