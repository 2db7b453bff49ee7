# {{jreleaserCreationStamp}}
class {{brewFormulaName}} < Formula
  desc "{{projectDescription}}"
  homepage "{{projectLinkHomepage}}"
  url "{{distributionUrl}}"
  version "{{projectVersion}}"
  sha256 "{{distributionChecksumSha256}}"
  license "{{projectLicense}}"

  {{#brewDependencies}}
  depends_on {{.}}
  {{/brewDependencies}}

  def install
    libexec.install Dir["*"]
    bin.install_symlink "#{libexec}/bin/{{distributionExecutableUnix}}" => "{{distributionExecutableName}}"
    # what the archive carries beside the command: shell completions and man pages
    bash_completion.install "#{libexec}/completions/omsteps.bash" => "omsteps"
    zsh_completion.install "#{libexec}/completions/_omsteps"
    fish_completion.install "#{libexec}/completions/omsteps.fish"
    man1.install Dir["#{libexec}/man/*.1"]
  end

  test do
    output = shell_output("#{bin}/{{distributionExecutableName}} --version")
    assert_match "{{projectVersion}}", output
  end
end
