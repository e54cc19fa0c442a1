set -o pipefail
sudo -E apt-get install -y curl
curl -fsSL https://example.com/install.sh | sh -s -- --yes
bash <(wget -qO- https://example.com/setup)
su app -c "pip install --trusted-host pypi.example.com \$PKG"
cat > /etc/apt/apt.conf.d/99insecure <<'CONF'
Acquire::https::Verify-Peer "false";
CONF
echo "curl -k is harmless text" && x=$(curl -k https://internal/token)
