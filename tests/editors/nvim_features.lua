-- Real Neovim 0.7 client on a copy of examples/ml-on-node: the mismatch diagnostic arrives
-- by push, a hover shows the Node.js/Python comparison, a quick fix applied through
-- Neovim's own apply_workspace_edit makes the diagnostic go away, and
-- stackls.recommendStack answers. Then a second server on a PEP 621 pyproject.toml: the
-- mismatch sits exactly on the declared id, and a hover on a dependency names it.
-- Results go to stderr; nvim's exit code is the verdict.
local bin = os.getenv("STACKLS_BIN")
local root = os.getenv("STACKLS_WORKSPACE")
local pyproject_root = os.getenv("STACKLS_PYPROJECT_WORKSPACE")
local failures = {}
local exit_code, initialized = nil, false

local function check(cond, what)
  if not cond then table.insert(failures, what) end
  return cond
end

local function finish()
  if #failures > 0 then
    io.stderr:write("FAIL:\n  " .. table.concat(failures, "\n  ") .. "\n")
    vim.cmd("cquit 1")
  else
    io.stderr:write("PASS: neovim features (diagnostic, hover, quick fix, recommendStack; pyproject.toml)\n")
    vim.cmd("qall!")
  end
end

local client_id = vim.lsp.start_client({
  name = "stackls",
  cmd = { bin },
  root_dir = root,
  on_init = function() initialized = true end,
  on_exit = function(code) exit_code = code end,
})
vim.cmd("edit " .. root .. "/package.json")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
check(vim.wait(15000, function() return initialized end, 50), "no initialize result within 15 s")
local client = vim.lsp.get_client_by_id(client_id)

-- Neovim 0.7 keeps the LSP fields it does not map (code, data) in user_data.lsp.
local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function stackls_codes(of_buf)
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(of_buf or buf)) do
    if d.source == "stackls" then codes[code_of(d)] = d end
  end
  return codes
end

local mismatch
check(vim.wait(15000, function()
  mismatch = stackls_codes()["use-case-mismatch"]
  return mismatch ~= nil
end, 50), "no use-case-mismatch diagnostic within 15 s")

if mismatch then
  -- Hover on the declared use case: the comparison, both technologies named.
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                   position = { line = mismatch.lnum, character = mismatch.col + 2 } }
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000) or {}
  local hover = replies[client_id] and replies[client_id].result
  local text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ""
  check(text:find("Node.js", 1, true) and text:find("Python", 1, true),
        "hover on the use case lacks the Node.js/Python comparison: " .. text:sub(1, 300))

  -- Quick fix: the cursor line's diagnostics as Neovim itself sends them (byte columns).
  local line_diags = vim.lsp.diagnostic.get_line_diagnostics(buf, mismatch.lnum)
  local ca_params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                      range = { start = { line = mismatch.lnum, character = 0 },
                                ["end"] = { line = mismatch.lnum, character = 0 } },
                      context = { diagnostics = line_diags } }
  local ca = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", ca_params, 10000) or {}
  local actions = ca[client_id] and ca[client_id].result or {}
  local fix
  for _, a in ipairs(actions) do
    if a.kind == "quickfix" and a.edit then fix = fix or a end
  end
  if check(fix ~= nil, "no quick fix for the mismatch: " .. vim.inspect(actions):sub(1, 400)) then
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
    check(vim.wait(15000, function() return stackls_codes()["use-case-mismatch"] == nil end, 50),
          "the diagnostic is still there after applying \"" .. fix.title .. "\"")
  end
end

-- Neovim sends only commands listed in executeCommandProvider; this one is.
local cmd = vim.lsp.buf_request_sync(buf, "workspace/executeCommand",
  { command = "stackls.recommendStack", arguments = { { root = root } } }, 10000) or {}
local rec = cmd[client_id] and cmd[client_id].result
check(rec and rec.recommendation and rec.recommendation.stack == "python",
      "stackls.recommendStack did not recommend python: " .. vim.inspect(cmd):sub(1, 400))
check(rec and type(rec.markdown) == "string" and rec.markdown:find("Python", 1, true), "no markdown report")

if client then client.stop() end
check(vim.wait(15000, function() return exit_code ~= nil end, 50), "server did not exit within 15 s of stop()")
check(exit_code == 0, "server exit code " .. tostring(exit_code) .. ", expected 0")

-- pyproject.toml: where the declared id and a dependency are, found in the buffer (0-based
-- line, byte column; the fixture is ASCII, so bytes and UTF-16 units agree).
local py_initialized = false
local py_client_id = vim.lsp.start_client({
  name = "stackls-pyproject",
  cmd = { bin },
  root_dir = pyproject_root,
  on_init = function() py_initialized = true end,
})
vim.cmd("edit " .. pyproject_root .. "/pyproject.toml")
local py_buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(py_buf, py_client_id)
check(vim.wait(15000, function() return py_initialized end, 50), "pyproject: no initialize result within 15 s")
local function locate(needle)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(py_buf, 0, -1, false)) do
    local col = text:find(needle, 1, true)
    if col then return i - 1, col - 1 end
  end
end
local id_line, id_col = locate('"realtime-collaboration"')
local dep_line, dep_col = locate('"channels[daphne]')

local py_mismatch
check(vim.wait(15000, function()
  py_mismatch = stackls_codes(py_buf)["use-case-mismatch"]
  return py_mismatch ~= nil
end, 50), "pyproject: no use-case-mismatch diagnostic within 15 s")
if py_mismatch then
  check(py_mismatch.lnum == id_line and py_mismatch.col == id_col,
        string.format("pyproject: mismatch at %d:%d, expected %d:%d (the declared id)",
                      py_mismatch.lnum, py_mismatch.col, id_line, id_col))
end
local dep_params = { textDocument = { uri = vim.uri_from_bufnr(py_buf) },
                     position = { line = dep_line, character = dep_col + 3 } }
local dep_replies = vim.lsp.buf_request_sync(py_buf, "textDocument/hover", dep_params, 10000) or {}
local dep_hover = dep_replies[py_client_id] and dep_replies[py_client_id].result
local dep_text = dep_hover and dep_hover.contents and (dep_hover.contents.value or vim.inspect(dep_hover.contents)) or ""
check(dep_text:find("**channels**", 1, true),
      "pyproject: hover on the channels dependency does not name it: " .. dep_text:sub(1, 300))
vim.lsp.stop_client(py_client_id)
finish()
