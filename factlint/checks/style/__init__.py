"""Number style (GB/T 15835-2011 出版物上数字用法)."""
