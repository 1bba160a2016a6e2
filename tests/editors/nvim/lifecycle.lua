-- Real Neovim 0.7 client: start stackls, open a package.json, edit it (UTF-16 columns
-- after an emoji), and stop it; the server must exit 0. Results go to stderr; the exit
-- code of nvim is the verdict.
local bin = os.getenv("STACKLS_BIN")
local root = os.getenv("STACKLS_WORKSPACE")
local failures = {}
local logs = {}
local exit_code, initialized, init_result = nil, false, nil

local function check(cond, what)
  if not cond then table.insert(failures, what) end
end

-- STACKLS_LOG_FILE keeps the server's log for debugging this test.
local cmd = { bin, "--log-level", "debug" }
if os.getenv("STACKLS_LOG_FILE") then
  vim.list_extend(cmd, { "--log-file", os.getenv("STACKLS_LOG_FILE") })
end

local client_id = vim.lsp.start_client({
  name = "stackls",
  cmd = cmd,
  root_dir = root,
  handlers = {
    ["window/logMessage"] = function(_, result) table.insert(logs, result) end,
    ["window/showMessage"] = function(_, result) table.insert(logs, result) end,
  },
  on_init = function(_, result)
    initialized = true
    init_result = result
  end,
  on_exit = function(code) exit_code = code end,
})
check(client_id ~= nil, "start_client returned nil")

vim.cmd("edit " .. root .. "/package.json")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
check(vim.wait(15000, function() return initialized end, 50), "no initialize result within 15 s")

if init_result then
  local caps = init_result.capabilities or {}
  check(init_result.serverInfo and init_result.serverInfo.name == "stackls", "serverInfo.name is not stackls")
  check(caps.textDocumentSync and caps.textDocumentSync.change == 2, "textDocumentSync.change is not incremental")
end

-- Edits after the emoji on line 2 (byte 15 is just past it): Neovim sends incremental
-- changes in UTF-16 units, so the server must not count the emoji's four bytes.
vim.api.nvim_buf_set_text(buf, 1, 15, 1, 15, { "é" })
vim.api.nvim_buf_set_lines(buf, -1, -1, false, { "" })
vim.api.nvim_buf_set_text(buf, 1, 0, 1, 2, { "" })

-- A request round-trip proves the server is still in sync and serving.
local client = vim.lsp.get_client_by_id(client_id)
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 5 } }
local replies, err = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
if client and client.server_capabilities and client.server_capabilities.hoverProvider then
  check(replies and replies[client_id] and replies[client_id].err == nil, "hover failed: " .. vim.inspect(replies or err))
else
  check(replies and replies[client_id] ~= nil, "no reply to a request after the edits: " .. tostring(err))
end

for _, entry in ipairs(logs) do
  check(not tostring(entry.message):find("dropped an edit"), "server dropped an edit: " .. entry.message)
end

if client then client.stop() end
check(vim.wait(15000, function() return exit_code ~= nil end, 50), "server did not exit within 15 s of stop()")
check(exit_code == 0, "server exit code " .. tostring(exit_code) .. ", expected 0")

if #failures > 0 then
  io.stderr:write("FAIL:\n  " .. table.concat(failures, "\n  ") .. "\n")
  vim.cmd("cquit 1")
else
  io.stderr:write("PASS: neovim lifecycle, server exit code 0\n")
  vim.cmd("qall!")
end
